package nl.nota.ui.problems;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The note's problems and remarks in the order a writer reads them: one list by file and line (the
 * platform's Problems view groups them by severity and sorts them by their text, and a plug-in cannot
 * change its default order). Group By › Ernst in the view's menu groups them by severity, still by line. The sort order is the order of the fields of the content
 * generator {@value #GENERATOR} in plugin.xml: file, line, description. Everything else (filters, quick
 * fixes, double-click to the text, Configure Contents) is the platform's marker support.
 */
public class NotaProblemsView extends MarkerSupportView {

	public static final String ID = "nl.nota.ui.problemsView";

	public static final String GENERATOR = "nl.nota.ui.problemsGenerator";

	public NotaProblemsView() {
		super(GENERATOR);
	}
}
