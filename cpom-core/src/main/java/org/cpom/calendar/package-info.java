/** cpom package calendar. */
@CpomStyle
package org.cpom.calendar;

import org.cpom.internal.CpomStyle;
