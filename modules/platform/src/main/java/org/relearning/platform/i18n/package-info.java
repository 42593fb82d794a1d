/** Thai and English: the supported languages and dates in the Buddhist era. */
package org.relearning.platform.i18n;
