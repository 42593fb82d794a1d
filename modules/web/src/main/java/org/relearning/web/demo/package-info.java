/** Demo content loaded on first start. */
package org.relearning.web.demo;
