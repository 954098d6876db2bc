package org.socialprescribing.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an operation that takes none: nothing, or an empty JSON object. Anything else is
 * refused (400 for malformed JSON or an unknown property), so a client never believes that a body
 * it sent was acted on.
 */
@Schema(description = "This operation takes no body: send none, or an empty object")
public record NoBody() {}
