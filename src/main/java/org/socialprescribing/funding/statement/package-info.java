/**
 * A funder's statement: per scheme, the budget and what is committed, spent and left, and the
 * period's charges. Depends on funding.funder, funding.scheme and the charge lines.
 */
package org.socialprescribing.funding.statement;
