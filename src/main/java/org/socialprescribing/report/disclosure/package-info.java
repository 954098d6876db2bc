/**
 * Disclosure control, the one place where figures are made safe to publish (suppression, rounding,
 * totals of published cells). Depends on no other package of the API.
 */
package org.socialprescribing.report.disclosure;
