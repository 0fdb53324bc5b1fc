// OWL 2 DL profile check with the OWL API (what Protégé uses), for the tests and benchmarks/interop.py.
// Run from source (Java 11+): java -cp <OWL API and its dependencies> DLProfile.java FILE...
// Every file is read into one ontology (the vocabulary, or the vocabulary plus the data); prints one
// line per violation and a closing count; exit 0 when the merged ontology is in OWL 2 DL, 1 when not.
import java.io.File;
import java.util.List;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class DLProfile {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // The first file is the ontology checked (its IRI and header count); the others' axioms join it.
        OWLOntology merged = manager.loadOntologyFromOntologyDocument(new File(args[0]));
        for (int i = 1; i < args.length; i++) {
            OWLOntology part = manager.loadOntologyFromOntologyDocument(new File(args[i]));
            manager.addAxioms(merged, part.axioms());
        }
        OWLProfileReport report = new OWL2DLProfile().checkOntology(merged);
        List<OWLProfileViolation> violations = report.getViolations();
        for (OWLProfileViolation v : violations) {
            System.out.println(v.getClass().getSimpleName() + ": " + v.toString().replace('\n', ' '));
        }
        System.out.println("axioms: " + merged.getAxiomCount() + ", violations: " + violations.size());
        System.exit(violations.isEmpty() ? 0 : 1);
    }
}
