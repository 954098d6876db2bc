/**
 * The id-only change feed: written in the transaction of each change, read in the caller's scope.
 * Depends on common.
 */
package org.socialprescribing.feed;
