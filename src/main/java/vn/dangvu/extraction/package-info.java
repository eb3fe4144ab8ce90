/**
 * Reading review reports that arrive as text (Word, PDF, HTML, plain text, legacy TCVN3/VNI encodings) and
 * proposing their facts — the reporting unit, term, event, people, documents cited and every figure, each tied
 * to the span of text it came from — for a person to confirm into the unit's records (values of targets
 * entered by hand through the targets module; conferences into the meetings module's records through
 * {@link vn.dangvu.extraction.ConferenceRecords}).
 * Rules and dictionaries written for Vietnamese; no model, no network.
 */
@ApplicationModule(displayName = "Extraction")
package vn.dangvu.extraction;

import org.springframework.modulith.ApplicationModule;
