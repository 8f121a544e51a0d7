// Loaded by ./aitco jshell: the library's packages, ready to use.
import java.nio.file.*;
import org.aitco.core.money.*;
import org.aitco.core.model.*;
import org.aitco.core.json.*;
import org.aitco.core.tco.*;
import org.aitco.core.operate.*;
import org.aitco.core.risk.*;
import org.aitco.placement.*;
