/**
 * Funding schemes: route, fee, coverage, split rule, and the budget that moves only by conditional
 * updates. Depends on funding.funder, funding.money, the directory and common.
 */
package org.socialprescribing.funding.scheme;
