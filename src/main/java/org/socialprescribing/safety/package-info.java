/**
 * Safety alerts raised by the practitioner, or by the API itself, delivered urgent to the GP.
 * Depends on referral, inbox, feed, audit and common.
 */
package org.socialprescribing.safety;
