package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRED;
import static org.springframework.transaction.TransactionDefinition.PROPAGATION_SUPPORTS;

/** Spring reads {@link OneStatementRead} as a read that joins the caller's transaction and opens none of its own. */
class OneStatementReadTest {

    @Transactional
    static class Service {
        @OneStatementRead
        public int read() {
            return 1;
        }

        public void write() {
        }
    }

    private final AnnotationTransactionAttributeSource attributes = new AnnotationTransactionAttributeSource();

    @Test
    void it_overrides_the_class_transaction_with_supports_and_read_only() throws NoSuchMethodException {
        TransactionAttribute read = attributes.getTransactionAttribute(Service.class.getMethod("read"), Service.class);
        assertThat(read).isNotNull();
        assertThat(read.getPropagationBehavior()).isEqualTo(PROPAGATION_SUPPORTS);
        assertThat(read.isReadOnly()).isTrue();

        TransactionAttribute write = attributes.getTransactionAttribute(Service.class.getMethod("write"), Service.class);
        assertThat(write.getPropagationBehavior()).isEqualTo(PROPAGATION_REQUIRED);
        assertThat(write.isReadOnly()).isFalse();
    }
}
