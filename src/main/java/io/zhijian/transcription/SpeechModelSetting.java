package io.zhijian.transcription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A model directory an admin set at run time for a language; it wins over the configuration. */
@Entity
@Table(name = "speech_models")
public class SpeechModelSetting extends PanacheEntityBase {

    @Id
    @Column(length = 8)
    public String language;

    @Column(nullable = false, length = 1000)
    public String path;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    public static Optional<SpeechModelSetting> of(String language) {
        return findByIdOptional(language);
    }
}
