/** The shared kernel: what every module needs and none owns. */
package org.relearning.platform;
