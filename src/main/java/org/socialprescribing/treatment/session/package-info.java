/**
 * Sessions booked and attended; the first attended starts treatment, two did-not-attends in a row
 * reach the GP. Depends on referral, inbox, feed, audit and common.
 */
package org.socialprescribing.treatment.session;
