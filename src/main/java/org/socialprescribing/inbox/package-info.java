/**
 * The GP practice's inbox: letters, safety alerts and attendance concerns, unacknowledged and
 * urgent first. Depends on audit and common.
 */
package org.socialprescribing.inbox;
