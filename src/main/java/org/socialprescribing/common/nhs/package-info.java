/**
 * NHS identifiers: the NHS number's modulus 11 check and its bean-validation constraint. Depends on
 * no feature.
 */
package org.socialprescribing.common.nhs;
