/**
 * Who and what a CPOM is about: FINESS numbers, the organisme gestionnaire, its ESMS with their category,
 * capacity and fundings, the funders and tariff authorities.
 */
@CpomStyle
package org.cpom.referential;

import org.cpom.internal.CpomStyle;
