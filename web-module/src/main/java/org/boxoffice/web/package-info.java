/**
 * The Faces pages: one thin {@code *Backing} bean per page, in packages that mirror the page
 * folders of {@code src/main/webapp}. Backing beans read and call boundaries; they hold no rules.
 */
package org.boxoffice.web;
