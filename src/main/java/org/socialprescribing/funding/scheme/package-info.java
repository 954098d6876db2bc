/**
 * Funding schemes: route, fee, coverage, split rule, and the budget that moves only by conditional
 * updates. Depends on funding.funder, funding.money, the directory, referral.domain (the routes in
 * a scheme funds) and common.
 */
package org.socialprescribing.funding.scheme;
