/**
 * HTTP helpers shared by resources: parameter parsing, ETags, body size, strict JSON, the OpenAPI
 * conventions. Depends on no feature.
 */
package org.socialprescribing.common.web;
