/**
 * Which text the API accepts, checked centrally: in every JSON string of a request body (a Jackson
 * deserializer) and in every path parameter, query parameter and header (a request filter). Depends
 * on common.error only.
 */
package org.socialprescribing.common.text;
