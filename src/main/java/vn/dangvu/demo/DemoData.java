package vn.dangvu.demo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;

/**
 * Where the demo dataset's committees are, for pages, reports and other modules' tests: found by
 * their codes, so it answers the same after a restart as right after loading.
 */
@Service
@Transactional(readOnly = true)
public class DemoData {

    public static final String CITY = "CANTHO";
    public static final String BLOC = "CANTHO-DCD";
    public static final String ENTERPRISES = "CANTHO-KDN";
    /** Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ; its grassroots organizations are CANTHO-KCX-1 … -24. */
    public static final String ZONES = "CANTHO-KCX";
    /** Đảng ủy Liên đoàn Lao động thành phố Cần Thơ; its branches are CANTHO-LDLD-1 … -6. */
    public static final String FEDERATION = "CANTHO-LDLD";

    private final OrganizationTree tree;

    DemoData(OrganizationTree tree) {
        this.tree = tree;
    }

    /** Whether the demo dataset is in this database. */
    public boolean loaded() {
        return tree.findByCode(ZONES).isPresent();
    }

    /** Thành ủy Cần Thơ. */
    public UnitId city() {
        return unit(CITY);
    }

    /** Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ, the labour federation's superior. */
    public UnitId bloc() {
        return unit(BLOC);
    }

    /** Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ (the mid-term review of 12/6/2018). */
    public UnitId industrialZones() {
        return unit(ZONES);
    }

    /** Đảng ủy Liên đoàn Lao động thành phố Cần Thơ (the conference of 02/02/2018). */
    public UnitId laborFederation() {
        return unit(FEDERATION);
    }

    private UnitId unit(String code) {
        return tree.findByCode(code).orElseThrow(
                () -> new IllegalStateException("The demo dataset is not loaded (no unit " + code + ")"));
    }
}
