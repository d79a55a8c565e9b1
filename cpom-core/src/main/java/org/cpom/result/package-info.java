/** cpom package result. */
@CpomStyle
package org.cpom.result;

import org.cpom.internal.CpomStyle;
