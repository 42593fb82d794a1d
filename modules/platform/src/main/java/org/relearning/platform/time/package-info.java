/** The injectable clock and the programme's time zone. */
package org.relearning.platform.time;
