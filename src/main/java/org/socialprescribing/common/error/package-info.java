/**
 * The one error shape: RFC 9457 problem details, the domain exception that carries a problem type,
 * and the mappers that turn exceptions into HTTP. Depends on no feature.
 */
package org.socialprescribing.common.error;
