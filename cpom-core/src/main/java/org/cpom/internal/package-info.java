/** Helpers shared by the packages of cpom; not exported by the module. */
package org.cpom.internal;
