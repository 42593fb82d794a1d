/** The JSON API under /api/v1, described by MicroProfile OpenAPI. */
package org.relearning.web.rest;
