/** Sign-in for pages and the API. */
package org.relearning.web.security;
