/**
 * The social-prescribing referral API, packaged by feature (directory, referral, treatment, safety,
 * letter, inbox, feed, funding, report, audit), then by role; common holds what every feature
 * shares, and demo the demo data.
 */
package org.socialprescribing;
