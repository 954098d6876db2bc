/**
 * Funders (ICB, formerly CCG; council; charity and others) and who acts for them. Depends on
 * common.
 */
package org.socialprescribing.funding.funder;
