/**
 * Serves the web app (built from src/main/webapp) at /app: its page for every deep link and its
 * login settings. The app calls only the public API; this package depends on no feature.
 */
package org.socialprescribing.webapp;
