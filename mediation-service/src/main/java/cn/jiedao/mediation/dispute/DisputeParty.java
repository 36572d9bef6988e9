package cn.jiedao.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A party of a dispute. Phone and resident ID are personal information: masked for most readers. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID disputeId;

    public int position;

    @Enumerated(EnumType.STRING)
    public PartyRole role;

    public String name;

    public String phone;

    public String residentId;
}
