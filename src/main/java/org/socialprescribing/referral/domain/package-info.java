/**
 * The lifecycle table, its actions, statuses, sides and codes. Depends on nothing but
 * common.security.
 */
package org.socialprescribing.referral.domain;
