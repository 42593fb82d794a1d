/** What every page needs: language, translated messages, navigation, error handling. */
package org.relearning.web.support;
