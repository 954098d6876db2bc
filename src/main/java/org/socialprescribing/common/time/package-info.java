/**
 * The service's clock, instants to the microsecond and days as they fall in the UK. Depends on no
 * feature.
 */
package org.socialprescribing.common.time;
