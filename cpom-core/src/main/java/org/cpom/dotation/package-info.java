/** cpom package dotation. */
@CpomStyle
package org.cpom.dotation;

import org.cpom.internal.CpomStyle;
