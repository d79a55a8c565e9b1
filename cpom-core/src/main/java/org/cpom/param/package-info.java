/**
 * Regulatory parameters as dated values with their legal reference.
 */
@CpomStyle
package org.cpom.param;

import org.cpom.internal.CpomStyle;
