/**
 * Regulatory parameters as dated values with their legal reference (RULES section 0).
 */
@CpomStyle
package org.cpom.param;

import org.cpom.internal.CpomStyle;
