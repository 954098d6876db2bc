/**
 * The demo directory and funders that match the demo Keycloak realm, loaded at start-up when
 * enabled. May depend on any feature; nothing depends on it.
 */
package org.socialprescribing.demo;
