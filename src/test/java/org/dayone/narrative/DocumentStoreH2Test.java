package org.dayone.narrative;

import org.dayone.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The document store on the embedded default, H2 in file mode. */
@SpringBootTest
@Import(TestUsers.class)
class DocumentStoreH2Test extends DocumentStoreContract {
}
