package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.contacts.CountyBureaus;

/** A county's or city's HR and education bureau with their phones. */
public record CountyBureausDto(String county, String hrBureau, String hrBureauPhone, String educationBureau,
                               String educationBureauPhone) {

    public static CountyBureausDto of(CountyBureaus c) {
        return new CountyBureausDto(c.county(), c.hrBureau(), c.hrBureauPhone(), c.educationBureau(), c.educationBureauPhone());
    }
}
