/** The public libraries of the programme. */
package org.relearning.identity.library;
