package org.zhicheng.api.contacts;

/**
 * The two bureaus of a county or city that review its units' files, with the phones the notice publishes
 * for applicants' questions: the HR bureau (人社局) and the education bureau (教科局).
 */
public record CountyBureaus(String county, String hrBureauPhone, String educationBureauPhone) {

    /** 库车市人社局 */
    public String hrBureau() {
        return county + "人社局";
    }

    /** 库车市教科局 */
    public String educationBureau() {
        return county + "教科局";
    }
}
