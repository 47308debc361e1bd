/**
 * Value objects, the patient-data guard and the page layout that every module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.safesurgeries.portal.shared;
