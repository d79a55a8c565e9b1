/** cpom package contract. */
@CpomStyle
package org.cpom.contract;

import org.cpom.internal.CpomStyle;
