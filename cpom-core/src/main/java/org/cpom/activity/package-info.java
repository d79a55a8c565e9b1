/** cpom package activity. */
@CpomStyle
package org.cpom.activity;

import org.cpom.internal.CpomStyle;
