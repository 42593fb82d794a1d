/** Pages for learners, instructors and administrators, and the servlets behind public links. */
package org.relearning.web;
