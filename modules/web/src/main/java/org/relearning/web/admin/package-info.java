/** Administration pages. */
package org.relearning.web.admin;
