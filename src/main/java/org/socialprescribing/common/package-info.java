/**
 * Shared infrastructure that every feature may use: errors, security, time, JSON, web helpers, NHS
 * identifiers. Depends on no feature.
 */
package org.socialprescribing.common;
