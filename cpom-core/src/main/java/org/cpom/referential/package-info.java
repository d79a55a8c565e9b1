/** cpom package referential. */
@CpomStyle
package org.cpom.referential;

import org.cpom.internal.CpomStyle;
